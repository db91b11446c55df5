import { describe, expect, it } from 'vitest';
import { MiddlewareConfigError, type RouteTable } from '../src/index.js';
import { createRouteResolver } from '../src/routes/route-resolver.js';

const target = (action: string) => ({ action, resource: '*' });

const routes: RouteTable = {
  'GET /healthz': 'public',
  'GET /orders': target('orders:ListOrders'),
  'GET /orders/:id': target('orders:GetOrder'),
  'GET /orders/summary': target('orders:GetSummary'),
  'POST /orders/:id/cancel': target('orders:CancelOrder'),
  'DELETE /orders/:id': target('orders:DeleteOrder'),
  'GET /files/*': target('files:GetFile'),
  '* /admin/:section': target('admin:Any'),
  'HEAD /orders/:id/receipt': target('orders:PeekReceipt'),
  'GET /orders/:id/receipt': target('orders:GetReceipt'),
};

function resolve(method: string, path: string, table: RouteTable = routes, caseSensitive = false) {
  const route = createRouteResolver(
    table,
    caseSensitive,
  )({
    method,
    path,
    params: {},
    query: new URLSearchParams(),
    header: () => undefined,
  });
  if (route.kind !== 'target') return route.kind;
  return { action: route.target.action, params: route.params };
}

describe('route tables', () => {
  it('matches method and pattern, with decoded parameters', () => {
    expect(resolve('GET', '/orders/o%2042')).toEqual({ action: 'orders:GetOrder', params: { id: 'o 42' } });
    expect(resolve('POST', '/orders/7/cancel')).toEqual({
      action: 'orders:CancelOrder',
      params: { id: '7' },
    });
    expect(resolve('DELETE', '/orders/7')).toMatchObject({ action: 'orders:DeleteOrder' });
    expect(resolve('GET', '/orders')).toMatchObject({ action: 'orders:ListOrders' });
    expect(resolve('GET', '/orders/')).toMatchObject({ action: 'orders:ListOrders' });
    expect(resolve('GET', '/healthz')).toBe('public');
  });

  it('prefers static segments over parameters, whatever the table order', () => {
    expect(resolve('GET', '/orders/summary')).toMatchObject({ action: 'orders:GetSummary' });
  });

  it('matches a trailing wildcard against the rest of the path', () => {
    expect(resolve('GET', '/files/a/b%20c.txt')).toEqual({
      action: 'files:GetFile',
      params: { '*': 'a/b c.txt' },
    });
    expect(resolve('GET', '/files')).toEqual({ action: 'files:GetFile', params: { '*': '' } });
  });

  it('matches `*` methods, and lets HEAD borrow a GET route unless it has its own', () => {
    expect(resolve('PATCH', '/admin/users')).toEqual({ action: 'admin:Any', params: { section: 'users' } });
    expect(resolve('HEAD', '/orders/3')).toMatchObject({ action: 'orders:GetOrder' });
    expect(resolve('HEAD', '/orders/3/receipt')).toMatchObject({ action: 'orders:PeekReceipt' });
    expect(resolve('GET', '/orders/3/receipt')).toMatchObject({ action: 'orders:GetReceipt' });
  });

  it('leaves everything else unmatched', () => {
    expect(resolve('POST', '/orders/7')).toBe('unmatched');
    expect(resolve('GET', '/orders/7/cancel')).toBe('unmatched');
    expect(resolve('GET', '/nowhere')).toBe('unmatched');
    expect(resolve('GET', '/orders/%E0%A4%A')).toBe('unmatched');
    expect(resolve('GET', '/orders//')).toBe('unmatched');
  });

  it('compares static segments case-insensitively unless told otherwise', () => {
    expect(resolve('GET', '/ORDERS/Ab')).toEqual({ action: 'orders:GetOrder', params: { id: 'Ab' } });
    expect(resolve('GET', '/ORDERS/Ab', routes, true)).toBe('unmatched');
  });

  it('wraps a route function', () => {
    const fn = (req: { method: string; path: string }) =>
      req.path === '/open' ? ('public' as const) : req.method === 'GET' ? target('app:Read') : undefined;
    expect(resolve('GET', '/open', fn as never)).toBe('public');
    expect(resolve('GET', '/x', fn as never)).toMatchObject({ action: 'app:Read' });
    expect(resolve('PUT', '/x', fn as never)).toBe('unmatched');
  });

  it.each([
    ['get /orders', target('a:B')],
    ['GET orders', target('a:B')],
    ['GET /files/*/x', target('a:B')],
    ['GET /a/:id/:id', target('a:B')],
    ['GET /a/b:c', target('a:B')],
    ['GET /a', { action: 'NoService', resource: '*' }],
    ['GET /a', { action: 'a:B' }],
  ])('refuses route `%s` → %j: InvalidRoute', (key, value) => {
    const create = () => createRouteResolver({ [key]: value as never }, false);
    expect(create).toThrow(MiddlewareConfigError);
    expect(create).toThrow(expect.objectContaining({ code: 'InvalidRoute' }));
  });
});
