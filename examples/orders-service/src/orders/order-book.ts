/** An order of the example shop. */
export interface Order {
  id: string;
  item: string;
  quantity: number;
  /** The total in cents. */
  totalCents: number;
  status: 'open' | 'cancelled';
}

/** The orders the service starts with, so that a new user has something to read and cancel. */
export const SAMPLE_ORDERS: readonly Order[] = [
  { id: '1001', item: 'espresso machine', quantity: 1, totalCents: 34900, status: 'open' },
  { id: '1002', item: 'coffee beans 1kg', quantity: 3, totalCents: 5970, status: 'open' },
  { id: '1003', item: 'milk frother', quantity: 1, totalCents: 2450, status: 'open' },
];

/** The orders service's data: kept in memory, as an example app's should be (restart to reset). */
export interface OrderBook {
  list(): Order[];
  get(id: string): Order | undefined;
  /** Marks an order cancelled and returns it; `undefined` when there is no such order. */
  cancel(id: string): Order | undefined;
}

/**
 * An in-memory order book holding copies of `orders`.
 *
 * @example
 * const book = createOrderBook();
 * book.cancel('1001')?.status; // 'cancelled'
 */
export function createOrderBook(orders: readonly Order[] = SAMPLE_ORDERS): OrderBook {
  const byId = new Map(orders.map((order) => [order.id, { ...order }]));
  return {
    list: () => [...byId.values()].map((order) => ({ ...order })),
    get: (id) => {
      const order = byId.get(id);
      return order === undefined ? undefined : { ...order };
    },
    cancel: (id) => {
      const order = byId.get(id);
      if (order === undefined) return undefined;
      order.status = 'cancelled';
      return { ...order };
    },
  };
}
