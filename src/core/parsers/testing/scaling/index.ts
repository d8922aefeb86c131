import type { ScalingFamily } from './family';
import { families as cloud } from './cloud';
import { families as generic } from './generic';
import { families as caddyDotnet } from './caddy-dotnet';
import { families as go } from './go';
import { families as haproxyApache } from './haproxy-apache';
import { families as java } from './java';
import { families as nginx } from './nginx';
import { families as node } from './node';
import { families as python } from './python';
import { families as spring } from './spring';
import { families as terraform } from './terraform';
import { families as tomcat } from './tomcat';
import { families as yaml } from './yaml';
import { families as envoy } from './envoy';
import { families as istio } from './istio';
import { families as traefik } from './traefik';

export type { ScalingFamily } from './family';

/** Every scaling family: one import line per format file in this folder. */
export const FAMILIES: readonly ScalingFamily[] = [
  ...generic,
  ...go,
  ...node,
  ...java,
  ...python,
  ...nginx,
  ...terraform,
  ...yaml,
  ...spring,
  ...tomcat,
  ...envoy,
  ...istio,
  ...traefik,
  ...haproxyApache,
  ...caddyDotnet,
  ...cloud,
];
