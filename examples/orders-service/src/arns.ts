/**
 * The example services' own resource ARNs, in the gateway's partition (`arn:iamgate:...`). The region is empty,
 * as for IAM; the account is the caller's, so each account sees only its own orders in its policies.
 */

/** `arn:iamgate:orders::<account>:order/<id>`, the resource of `orders:GetOrder` and `orders:CancelOrder`. */
export function orderArn(account: string, orderId: string, partition = 'iamgate'): string {
  return `arn:${partition}:orders::${account}:order/${orderId}`;
}

/** `arn:iamgate:billing::<account>:invoice/<orderId>`, the resource of `billing:GetInvoice`. */
export function invoiceArn(account: string, orderId: string, partition = 'iamgate'): string {
  return `arn:${partition}:billing::${account}:invoice/${orderId}`;
}
