/**
 * The kinds of mistakes real config files showed (issue 10 §2). Every realistic chain fixture
 * (`__fixtures__/chains/<behaviour>/chain.json`) names in `kinds` the ones it exercises; each kind
 * needs at least MIN_CASES_PER_KIND chains, written by hand with the values worked out from docs.
 */
export const MISTAKE_KINDS = {
  'values-in-variables':
    'Go option structs, Node config objects, Java variables, Terraform module inputs → unknown, or resolved from the pasted files',
  'shell-default':
    'Shell defaults ${VAR:-2} in command lines → the default, origin says a variable may override it',
  'go-scopes': 'Go: same-named variables in different functions/blocks are different variables',
  'nginx-proxy-pass-no-upstream':
    'nginx proxy_pass to an address or name with no upstream {} block: no reuse',
  'nginx-proxies-nowhere': 'nginx server block that proxies nowhere has no client side',
  'nginx-connection-map-close':
    'nginx Connection header through a map that yields close: no reuse for ordinary requests',
  'nginx-ordinary-location-first':
    'nginx pairing prefers the location serving ordinary requests over WebSocket ones',
  'nginx-http-only':
    'nginx.conf with only an http {} block: inherited server side, servers not given',
  'terraform-alb-module':
    'Terraform module blocks calling the common ALB modules: inputs and documented defaults',
  'terraform-variables-file':
    'A Terraform variables file given as its own input resolves variables and is not a node',
  'terraform-nlb-only-network': 'NLB listener node only when the load balancer type is network',
  'terraform-helm-release':
    'helm_release carrying ingress-nginx values (values heredoc, set blocks)',
  'ingress-values-no-config': 'Helm values with controller: but no config: → the defaults',
  'k8s-cloud-lb-annotations':
    'Cloud LB annotations on the controller Service → the LB node in front, never ALB Ingress',
  'ingress-bogus-annotation':
    'Per-Ingress upstream-keepalive-* annotations do not exist: warn, name the ConfigMap key',
  'node-agentkeepalive':
    'agentkeepalive: freeSocketTimeout is the idle limit, timeout is the active-socket timeout',
  spring:
    'Reactor Netty idle-timeout, Spring Cloud Gateway pool, Tomcat customizers in Java/Kotlin code',
  'java-default-strategy':
    'DefaultConnectionKeepAliveStrategy.INSTANCE is the default strategy, not a custom one',
  'python-max-requests': 'gunicorn max_requests noted as connection recycling',
  'node-is-a-process':
    'A file holding a server and the clients it uses is one node (server side + client side)',
  order:
    'Files in any order: nodes ordered by role; a node with no side facing its hop is a construction error',
  'flat-yaml':
    'YAML copied from a web page with indentation lost: nesting rebuilt for known key paths, or said lost',
  'yields-nothing':
    'A file that yields nothing says why; recognised-but-unread formats are named with their tech id',
} as const;

export type MistakeKind = keyof typeof MISTAKE_KINDS;

export const MIN_CASES_PER_KIND = 10;
