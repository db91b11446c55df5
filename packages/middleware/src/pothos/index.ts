export type { FieldExtension as IamgateFieldOption } from '../graphql/field-target.js';
export { IAMGATE_POTHOS_PLUGIN, PothosIamgatePlugin } from './iamgate-plugin.js';
