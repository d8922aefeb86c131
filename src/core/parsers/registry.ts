import type { ParserDef } from './types';
import { goParser } from './go';
import { ingressNginxParser } from './ingress-nginx';
import { javaClientParser } from './java-client';
import { nginxParser } from './nginx';
import { nodeParser } from './node';
import { pythonParser } from './python';
import { springParser } from './spring';
import { tomcatXmlParser } from './tomcat-xml';
import { terraformParser } from './terraform';
import { albIngressParser } from './alb-ingress';
import { envoyParser } from './envoy';
import { istioParser } from './istio';
import { traefikParser } from './traefik';
import { haproxyParser } from './haproxy';
import { apacheHttpdParser } from './apache-httpd';
import { caddyParser } from './caddy';
import { dotnetParser } from './dotnet';
import { cloudFormationParser } from './cloudformation';
import { jvmPoolParser } from './jvm-pool';
import { awsCdkParser } from './aws-cdk';

/** Every config format, in no particular order: detection picks by confidence. Add one line per format. */
export const PARSERS: readonly ParserDef[] = [
  goParser,
  nodeParser,
  javaClientParser,
  pythonParser,
  springParser,
  tomcatXmlParser,
  nginxParser,
  ingressNginxParser,
  terraformParser,
  albIngressParser,
  envoyParser,
  istioParser,
  traefikParser,
  haproxyParser,
  apacheHttpdParser,
  caddyParser,
  dotnetParser,
  cloudFormationParser,
  jvmPoolParser,
  awsCdkParser,
];
