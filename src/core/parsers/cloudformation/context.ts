import type { Locate, Severity } from '../../source/diagnostic';

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

export interface Context {
  text: string;
  file: string;
  locate: Locate;
  report: (code: CfnCode, severity: Severity, message: string, offset: number) => void;
}
