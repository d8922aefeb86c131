import { type Diagnostic } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import type { ExtractedNode, ParseResult, ParserDef, SourceFile } from '../types';
import { readGcpBackend } from './gcp-backend';
import { mergeGroups } from './groups';
import { readManifests } from './manifests';
import { readIngress, readIngressClassParams, readService, type IngressNode } from './objects';
import type { Context } from './settings';
import { readValuesIngresses } from './values';

const FORMAT = 'alb-ingress';

/**
 * Kubernetes manifests for the AWS Load Balancer Controller: Ingress annotations
 * (`alb.ingress.kubernetes.io/load-balancer-attributes`), IngressClassParams, NLB Services, and an
 * app chart's Helm values `ingress.annotations` / `ingress.className: alb`.
 */
export const albIngressParser: ParserDef = {
  id: FORMAT,
  name: 'AWS Load Balancer Controller (Ingress / Service annotations)',
  detect: detectAlbIngress,
  parse: parseAlbIngress,
};

/** An ingress-nginx controller's own manifest or Helm values: its Service annotations are not ours. */
const INGRESS_NGINX_CONTEXT =
  /^controller:|^[ \t]*app\.kubernetes\.io\/(name|part-of):[ \t]*["']?ingress-nginx|^[ \t]*name:[ \t]*["']?ingress-nginx-controller/m;

/** A top-level Terraform block header: `resource "helm_release" "x" {`, `module "alb" {`. */
const TERRAFORM_BLOCK =
  /^(?:resource|module|data|provider|terraform|locals|variable|output)(?:[ \t]+"[^"\n]*")*[ \t]*\{[ \t]*$/m;

const GCP_BACKEND = /^[ \t]*apiVersion:[ \t]*["']?(?:cloud\.google\.com|networking\.gke\.io)\//m;

/** Confidence 0..1 from the content. */
export function detectAlbIngress(text: string): number {
  // Terraform that carries manifests or Helm values in heredocs is Terraform's to read.
  if (TERRAFORM_BLOCK.test(text)) return 0;
  if (/^[ \t]*["']?alb\.ingress\.kubernetes\.io\//m.test(text)) return 0.95;
  if (/^[ \t]*kind:[ \t]*IngressClassParams\b/m.test(text)) return 0.9;
  if (/^[ \t]*ingressClassName:[ \t]*["']?alb["']?[ \t]*$/m.test(text)) return 0.9;
  // An app chart's values: `ingress:` with `className: alb`.
  if (
    /^[ \t]*className:[ \t]*["']?alb["']?[ \t]*$/m.test(text) &&
    /^[ \t]*ingress:[ \t]*$/m.test(text)
  )
    return 0.7;
  if (/^[ \t]*["']?service\.beta\.kubernetes\.io\/(?:aws|azure)-load-balancer-/m.test(text))
    return INGRESS_NGINX_CONTEXT.test(text) ? 0.4 : 0.8;
  if (
    GCP_BACKEND.test(text) &&
    /^[ \t]*kind:[ \t]*["']?(?:BackendConfig|GCPBackendPolicy)\b/m.test(text)
  )
    return 0.85;
  return 0;
}

/** Parses one manifest file (several `---` documents). Durations in ms. Never throws. */
export function parseAlbIngress(file: SourceFile): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(file.text);
  const end = file.text.endsWith('\n') ? file.text.length - 1 : file.text.length;
  const ctx: Context = {
    text: file.text,
    file: file.name,
    locate: (offset) => index.position(Math.max(0, Math.min(offset, end))),
    report: (code, severity, message, at) =>
      diagnostics.push({
        code,
        severity,
        message,
        ...(typeof at === 'number' ? ctx.locate(at) : at),
      }),
  };
  try {
    const { objects, documents, problems } = readManifests(file.text);
    for (const p of problems)
      ctx.report(
        p.kind === 'duplicate-key' ? 'ALB_INGRESS_DUPLICATE_KEY' : 'ALB_INGRESS_YAML_SYNTAX',
        p.severity,
        p.message,
        p.offset,
      );
    const nodes: ExtractedNode[] = [];
    const ingresses: IngressNode[] = [];
    for (const o of objects) {
      if (o.kind === 'Ingress') {
        const ingress = readIngress(o, ctx);
        if (ingress) {
          ingresses.push(ingress);
          nodes.push(ingress.node);
        }
      } else if (o.kind === 'IngressClassParams') nodes.push(readIngressClassParams(o, ctx));
      else if (o.kind === 'Service') for (const n of readService(o, ctx)) nodes.push(n);
      else {
        const backend = readGcpBackend(o, ctx);
        if (backend) nodes.push(backend);
      }
    }
    for (const ingress of readValuesIngresses(documents, ctx)) {
      ingresses.push(ingress);
      nodes.push(ingress.node);
    }
    mergeGroups(ingresses, ctx);
    return { format: FORMAT, nodes, diagnostics };
  } catch (e) {
    ctx.report('ALB_INGRESS_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
    return { format: FORMAT, nodes: [], diagnostics };
  }
}
