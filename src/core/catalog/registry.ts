import type { ChainNode, PartName } from '../model/chain';
import { partAsNode } from '../model/node-parts';
import { listUnknownInputs, resolveWithUnknowns } from './unknown-inputs';
import { createSettingReader } from './setting-reader';
import type { ResolvedNode, TechDef } from './types';
import { apacheHttpClient4 } from './techs/apache-httpclient4';
import { apacheHttpClient5 } from './techs/apache-httpclient5';
import { apacheHttpd } from './techs/apache-httpd';
import { azureAppGateway } from './techs/azure-app-gateway';
import { caddy } from './techs/caddy';
import { curl } from './techs/curl';
import { aiohttpClient, httpx, pythonRequests } from './techs/python-clients';
import { aiohttpServer, hypercorn, puma } from './techs/ruby-python-servers';
import { dotnetHttpClient, kestrel } from './techs/dotnet';
import { jdkHttpClient, okhttp, reactorNetty } from './techs/java-clients';
import { jetty } from './techs/jetty';
import { traefik } from './techs/traefik';
import { awsAlb } from './techs/aws-alb';
import { awsCloudfront, cloudflare } from './techs/cdn-techs';
import { envoy } from './techs/envoy';
import { gcpHttpsLb } from './techs/gcp-https-lb';
import { haproxy } from './techs/haproxy';
import { haproxyTcp } from './techs/haproxy-tcp';
import { istioSidecar } from './techs/istio-sidecar';
import { awsNatGateway, awsNlb, azureLb, kubeProxyIpvs } from './techs/l4-techs';
import { goHttpServer } from './techs/go-http-server';
import { goTransport } from './techs/go-transport';
import { gunicorn } from './techs/gunicorn';
import { ingressNginx } from './techs/ingress-nginx';
import { nginx } from './techs/nginx';
import { nodeAgent } from './techs/node-agent';
import { nodeHttpServer } from './techs/node-http-server';
import { springBootNetty } from './techs/spring-boot-netty';
import { springBootTomcat } from './techs/spring-boot-tomcat';
import { tomcat } from './techs/tomcat';
import { undici } from './techs/undici';
import { uvicorn } from './techs/uvicorn';

/** Every technology the tool knows, by id. Add one line per technology module. */
export const TECHS: readonly TechDef[] = [
  goTransport,
  goHttpServer,
  nodeHttpServer,
  nodeAgent,
  undici,
  apacheHttpClient5,
  tomcat,
  springBootTomcat,
  springBootNetty,
  nginx,
  ingressNginx,
  awsAlb,
  gunicorn,
  uvicorn,
  gcpHttpsLb,
  istioSidecar,
  envoy,
  haproxy,
  haproxyTcp,
  awsNlb,
  awsNatGateway,
  kubeProxyIpvs,
  azureLb,
  awsCloudfront,
  cloudflare,
  traefik,
  caddy,
  apacheHttpd,
  kestrel,
  dotnetHttpClient,
  okhttp,
  jdkHttpClient,
  apacheHttpClient4,
  reactorNetty,
  jetty,
  puma,
  hypercorn,
  aiohttpServer,
  aiohttpClient,
  httpx,
  pythonRequests,
  curl,
  azureAppGateway,
];

const BY_ID = new Map(TECHS.map((t) => [t.id, t]));

export const findTech = (id: string): TechDef | undefined => BY_ID.get(id);

/** Splits `nginx@1.29.7` into id and version. */
export function parseTechRef(ref: string): { id: string; version?: string } {
  const at = ref.indexOf('@');
  if (at < 0) return { id: ref };
  const version = ref.slice(at + 1);
  return version ? { id: ref.slice(0, at), version } : { id: ref.slice(0, at) };
}

/** Resolves one technology's node (a whole node, or a part seen as a node). */
function resolveOne(node: ChainNode, reads?: Set<string>): ResolvedNode | undefined {
  const tech = BY_ID.get(node.tech);
  if (!tech) return undefined;
  const reader = createSettingReader(tech, node, reads);
  const unknowns = listUnknownInputs(node);
  if (unknowns.length === 0)
    return { node, tech, version: reader.version, ...tech.resolve(reader) };
  const resolved = resolveWithUnknowns(tech, node, unknowns, (settings) =>
    tech.resolve(createSettingReader(tech, { ...node, settings }, reads)),
  );
  return { node, tech, version: reader.version, ...resolved };
}

/**
 * Resolves a node against its catalog entry; undefined for an unknown technology. A node with a
 * client part takes its client side from that part (the process's other component). `reads`,
 * when given, collects the keys of the main technology's settings the resolution read.
 */
export function resolveNode(node: ChainNode, reads?: Set<string>): ResolvedNode | undefined {
  const main = resolveOne(node, reads);
  if (!main || !node.client) return main;
  const partNode = partAsNode(node, 'client');
  const part = resolveOne(partNode);
  if (!part?.client) return main;
  return {
    ...main,
    client: part.client,
    clientPart: { tech: part.tech, node: partNode, version: part.version },
  };
}

/** The technology and settings behind one side of a resolved node (its client part, if any). */
export function sideOwner(
  r: ResolvedNode,
  side: 'client' | 'server',
): { tech: TechDef; node: ChainNode; part: PartName } {
  if (side === 'client' && r.clientPart)
    return { tech: r.clientPart.tech, node: r.clientPart.node, part: 'client' };
  return { tech: r.tech, node: r.node, part: 'main' };
}
