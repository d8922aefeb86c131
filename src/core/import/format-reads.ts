/** What each format's parser looks for, to say why a file of that format yielded nothing. */
const READS: Record<string, string> = {
  nginx:
    'keepalive_timeout, upstream keepalive and proxy settings in http, server, location or upstream blocks',
  'ingress-nginx': 'an ingress-nginx controller ConfigMap or Helm controller values',
  spring: 'server.tomcat.*, server.netty.* or spring.cloud.gateway.httpclient.* properties',
  'tomcat-xml': '<Connector> elements in server.xml',
  terraform:
    'aws_lb, aws_lb_listener, CloudFront origins, ALB modules, ingress-nginx helm_release blocks and ALB kubernetes_ingress_v1 resources',
  'alb-ingress':
    "alb.ingress.kubernetes.io/* annotations on an Ingress, IngressClassParams or an app chart's ingress values",
  go: 'an http.Server or http.Transport (or http.Client) literal or assignment',
  node: 'server.keepAliveTimeout, createServer / Fastify options, Express, Koa or NestJS servers, http.Agent or undici dispatchers',
  'java-client': 'Apache HttpClient builders and connection-manager settings',
  haproxy:
    'timeouts, option http-server-close/httpclose, http-reuse and server pool settings in defaults, frontend, backend or listen sections',
  'apache-httpd':
    'KeepAlive, KeepAliveTimeout and MaxKeepAliveRequests per server or <VirtualHost>, and ProxyPass / BalancerMember / ProxySet parameters (ttl, disablereuse)',
  python: 'gunicorn settings or command lines, uvicorn options or uvicorn.run(…)',
};

/** `keepalive_timeout … in http, server …` for a parser id; a generic phrase for others. */
export const describeWhatIsRead = (format: string): string =>
  READS[format] ?? 'keep-alive settings';
