export {
  type AddressBlock,
  addressInBlock,
  type NetworkAddress,
  parseAddressBlock,
  parseNetworkAddress,
} from './network-address.js';
export { compileTrustProxy, isSecureTransport, type ProxyTrust, type TrustProxy } from './trust-proxy.js';
