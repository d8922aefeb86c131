import type { FileContext } from '../file-context';

/** Diagnostic codes of the CloudFormation reader. */
export type CfnCode =
  | 'CFN_YAML_SYNTAX'
  | 'CFN_DUPLICATE_KEY'
  | 'CFN_UNRESOLVED_VALUE'
  | 'CFN_INVALID_VALUE'
  | 'CFN_PARAMETER_DEFAULT'
  | 'CFN_IGNORED_ATTRIBUTE'
  | 'CFN_UNKNOWN_LB_TYPE'
  | 'CFN_NOT_MODELLED'
  | 'CFN_INTERNAL_ERROR';

export type Context = FileContext<CfnCode>;
