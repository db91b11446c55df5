import {
  GraphQLBoolean,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';

/** What the resolvers did, so tests can prove that none ran for a refused operation. */
export const resolverCalls: string[] = [];

const Item = new GraphQLObjectType({
  name: 'Item',
  fields: { sku: { type: new GraphQLNonNull(GraphQLString) } },
});

const Order: GraphQLObjectType = new GraphQLObjectType({
  name: 'Order',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    total: { type: new GraphQLNonNull(GraphQLInt) },
    notes: { type: GraphQLString },
    items: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Item))),
      resolve: () => [{ sku: 'A-1' }, { sku: 'B-2' }],
    },
  },
});

const order = (id: string) => ({ id, total: 120, notes: 'fragile' });

/** A small shop: orders to read, one to cancel, a public health field and a subscription. */
export const shopSchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      health: { type: GraphQLString, extensions: { iamgate: { public: true } }, resolve: () => 'ok' },
      whoami: {
        type: GraphQLString,
        extensions: { iamgate: { action: 'shop:WhoAmI' } },
        resolve: (_, __, context: { iamgate?: { principal?: { arn: string } } }) =>
          context.iamgate?.principal?.arn,
      },
      order: {
        type: Order,
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (_, args: { id: string }) => {
          resolverCalls.push(`order ${args.id}`);
          return order(args.id);
        },
      },
      orders: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Order))),
        resolve: () => {
          resolverCalls.push('orders');
          return [order('1'), order('2')];
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      cancelOrder: {
        type: Order,
        args: { id: { type: new GraphQLNonNull(GraphQLID) }, refund: { type: GraphQLBoolean } },
        resolve: (_, args: { id: string }) => {
          resolverCalls.push(`cancel ${args.id}`);
          return order(args.id);
        },
      },
    },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      orderUpdates: {
        type: Order,
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        subscribe: async function* (_, args: { id: string }) {
          resolverCalls.push(`subscribe ${args.id}`);
          yield { orderUpdates: order(args.id) };
        },
      },
    },
  }),
});
