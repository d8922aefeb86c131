import { parseYamlDocuments } from '../../source/yaml/documents';
import { createFileContext, reportYamlIssues } from '../file-context';
import type { ExtractedNode, ParseResult, ParserDef, SourceFile } from '../types';
import type { CfnCode, Context } from './context';
import { SHORT_TAGS } from './intrinsic';
import { readLoadBalancers } from './resources';
import { readTemplate } from './template';

const FORMAT = 'cloudformation';

/**
 * AWS CloudFormation templates, YAML (short `!Ref` tags too) or JSON: Elastic Load Balancing v2
 * load balancers (`LoadBalancerAttributes`) and NLB listeners (`ListenerAttributes`).
 */
export const cloudFormationParser: ParserDef = {
  id: FORMAT,
  name: 'AWS CloudFormation template',
  detect: detectCloudFormation,
  parse: parseCloudFormation,
};

const VERSION = /["']?AWSTemplateFormatVersion["']?[ \t]*:/;
const RESOURCE_TYPE = /["']?Type["']?[ \t]*:[ \t]*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/;
const RESOURCES = /^[ \t]*["']?Resources["']?[ \t]*:/m;
const KUBERNETES = /^[ \t]*["']?(?:apiVersion|kind)["']?[ \t]*:/m;
const WINDOW = 200_000;

/** Confidence 0..1 from the content: the template version, or `Resources` holding `AWS::` types. */
export function detectCloudFormation(text: string): number {
  const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  if (KUBERNETES.test(head) && !VERSION.test(head)) return 0;
  if (VERSION.test(head)) return 0.95;
  if (RESOURCES.test(head) && RESOURCE_TYPE.test(head)) return 0.9;
  return 0;
}

/** Parses one template. Durations in ms. Never throws. */
export function parseCloudFormation(file: SourceFile): ParseResult {
  const ctx: Context = createFileContext<CfnCode>(file);
  const nodes: ExtractedNode[] = [];
  try {
    const parsed = parseYamlDocuments(file.text, { localTags: SHORT_TAGS });
    reportYamlIssues(ctx, parsed.issues, {
      duplicate: 'CFN_DUPLICATE_KEY',
      syntax: 'CFN_YAML_SYNTAX',
    });
    for (const document of parsed.documents) {
      const template = readTemplate(document);
      if (template) nodes.push(...readLoadBalancers(template, ctx));
    }
    // Fix snippets are given in the template's own language.
    const syntax = /^\s*\{/.test(file.text) ? 'cloudformation-json' : 'cloudformation-yaml';
    for (const n of nodes) n.syntax = syntax;
  } catch (e) {
    ctx.report('CFN_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
  }
  return { format: FORMAT, nodes, diagnostics: ctx.diagnostics };
}
