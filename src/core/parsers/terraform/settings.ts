import type { Locate, ReportAt } from '../../source/diagnostic';
import type { SettingInput } from '../../model/chain';
import type { Diagnostic } from '../../source/diagnostic';
import { unknownValue, type UnknownValue } from '../../model/value';
import { evaluate, type Resolve, type Value } from './evaluate';
import type { Attribute, Body } from './tree';
import { writtenSetting } from '../written';
import type { SourceFile } from '../types';

/** The closed set of diagnostic codes of the Terraform parser. */
export type TerraformCode =
  | 'TF_SYNTAX'
  | 'TF_UNRESOLVED_VARIABLE'
  | 'TF_UNRESOLVED_LOCAL'
  | 'TF_UNSUPPORTED_EXPRESSION'
  | 'TF_INVALID_VALUE'
  | 'TF_VALUE_OUT_OF_RANGE'
  | 'TF_VARIABLE_VALUE'
  | 'TF_ASSUMED_APPLICATION'
  | 'TF_IGNORED_ATTRIBUTE'
  | 'TF_GATEWAY_LB'
  | 'TF_CLASSIC_ELB'
  | 'TF_UNKNOWN_LB_TYPE'
  | 'TF_VARIABLES_ONLY'
  | 'TF_HELM_VALUES'
  | 'TF_TOO_DEEP'
  | 'TF_INTERNAL_ERROR';

/** Reports at a file offset. */
export type Report = ReportAt<TerraformCode>;

/** A Terraform argument in whole seconds that becomes a catalog key in ms. */
export interface SecondsRule {
  attribute: string;
  key: string;
  /** Valid range in seconds (AWS API), if checked. */
  range?: readonly [number, number];
}

export interface ReadContext {
  file: string;
  /** The files given together (a helm_release's `file()` values are read from them). */
  files: readonly SourceFile[];
  /** Values YAML documents this file may still read (each costs a pass over a file). */
  yamlReads: { left: number };
  /** The file's text: unknown values keep their expression as written. */
  text: string;
  /** Adds a diagnostic found by another reader (the YAML inside a helm_release). */
  addDiagnostic: (d: Diagnostic) => void;
  locate: Locate;
  resolve: Resolve;
  report: Report;
  /** Describes where `var.x` / `local.x` got its value, for an info diagnostic. */
  describeRef: (expr: Attribute['expr']) => string | undefined;
}

/**
 * Reads the rules' arguments from a block body; values in ms. An argument whose value the files
 * do not give (`var.x` with no default nor tfvars) is an unknown value, never the default.
 */
export function readSeconds(
  body: Body,
  rules: readonly SecondsRule[],
  ctx: ReadContext,
): Record<string, SettingInput> {
  const settings: Record<string, SettingInput> = {};
  for (const rule of rules) {
    const attr = body.attributes.find((a) => a.name === rule.attribute);
    // A missing value is already a syntax error.
    if (!attr || attr.expr.length === 0) continue;
    const seconds = readNumber(attr, evaluate(attr.expr, ctx.resolve), ctx);
    if (seconds === undefined) continue;
    if (typeof seconds !== 'number') {
      settings[rule.key] = writtenSetting(seconds, ctx.file, ctx.locate(attr.nameStart), attr.name);
      continue;
    }
    if (rule.range && (seconds < rule.range[0] || seconds > rule.range[1]))
      ctx.report(
        'TF_VALUE_OUT_OF_RANGE',
        'warning',
        `${attr.name} = ${seconds}: AWS accepts ${rule.range[0]}–${rule.range[1]} seconds`,
        attr.nameStart,
      );
    settings[rule.key] = writtenSetting(
      seconds * 1000,
      ctx.file,
      ctx.locate(attr.nameStart),
      attr.name,
    );
  }
  return settings;
}

/** The expression as written in the file (for an unknown value). */
export const expressionText = (attr: Attribute, ctx: ReadContext): string => {
  const first = attr.expr[0];
  const last = attr.expr[attr.expr.length - 1];
  return first && last ? ctx.text.slice(first.start, last.end) : '';
};

function readNumber(
  attr: Attribute,
  value: Value,
  ctx: ReadContext,
): number | UnknownValue | undefined {
  const at = attr.nameStart;
  switch (value.kind) {
    case 'null':
      return undefined; // `= null` leaves the provider default
    case 'unknown':
      if (value.reason === 'complex') {
        ctx.report(
          'TF_UNSUPPORTED_EXPRESSION',
          'warning',
          `${attr.name}: this expression cannot be evaluated here; its value is unknown`,
          at,
        );
        return unknownValue(expressionText(attr, ctx), 'an expression this tool does not evaluate');
      }
      ctx.report(
        value.reason === 'variable' ? 'TF_UNRESOLVED_VARIABLE' : 'TF_UNRESOLVED_LOCAL',
        'warning',
        `${attr.name}: ${value.reason === 'variable' ? 'var' : 'local'}.${value.name} has no value in the files given (add the variables file or *.tfvars); its value is unknown`,
        at,
      );
      return unknownValue(
        expressionText(attr, ctx),
        value.reason === 'variable'
          ? `var.${value.name} has no default and no *.tfvars value in the files given`
          : `local.${value.name} is not defined in the files given`,
      );
    case 'number':
    case 'string': {
      const n = value.kind === 'number' ? value.value : Number(value.value.trim());
      if (value.kind === 'string' && value.value.trim() === '') break;
      if (!Number.isInteger(n) || n < 0) break;
      const from = ctx.describeRef(attr.expr);
      if (from) ctx.report('TF_VARIABLE_VALUE', 'info', `${attr.name} = ${n} from ${from}`, at);
      return n;
    }
    case 'bool':
      break;
  }
  ctx.report('TF_INVALID_VALUE', 'error', `${attr.name} must be a whole number of seconds`, at);
  return undefined;
}

/** An argument's evaluated value; undefined when the argument is absent. */
export function readArgument(body: Body, name: string, resolve: Resolve): Value | undefined {
  const attr = body.attributes.find((a) => a.name === name);
  return attr ? evaluate(attr.expr, resolve) : undefined;
}
