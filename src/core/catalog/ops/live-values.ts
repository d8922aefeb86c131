import type { LiveValueHow } from './types';

const PROBE = (what: string): LiveValueHow => ({
  command: 'npx timeout-chain probe https://<host>/',
  note: `measures ${what}: how long the server keeps an idle connection open, and any Keep-Alive hint`,
});
const CURL_HINT: LiveValueHow = {
  command:
    "curl -sv -o /dev/null -H 'Connection: keep-alive' https://<host>/ 2>&1 | grep -i '^< keep-alive'",
  note: 'the Keep-Alive: timeout=N header, when the server sends one',
};

/** How to read the value the running system uses, by technology id. `<…>` are placeholders. */
export const LIVE_VALUES: Readonly<Record<string, readonly LiveValueHow[]>> = {
  nginx: [
    {
      command: "nginx -T 2>/dev/null | grep -nE 'keepalive_timeout|keepalive |proxy_http_version'",
      note: 'keepalive_timeout in http/server/location is the client side; inside upstream {} it is the pool to the backend',
      source: 'https://nginx.org/en/docs/switches.html',
    },
    CURL_HINT,
  ],
  'ingress-nginx': [
    {
      command:
        "kubectl -n ingress-nginx get configmap ingress-nginx-controller -o yaml | grep -E 'keep-alive|upstream-keepalive'",
      note: 'keep-alive (client side, s) and upstream-keepalive-timeout (pool to the backends, s); absent keys mean the defaults',
      source:
        'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/',
    },
    {
      command:
        "kubectl -n ingress-nginx exec deploy/ingress-nginx-controller -- nginx -T 2>/dev/null | grep -E 'keepalive_timeout'",
      note: 'the values the controller rendered into nginx.conf',
    },
  ],
  'aws-alb': [
    {
      command:
        'aws elbv2 describe-load-balancer-attributes --load-balancer-arn <alb-arn> --query "Attributes[?Key==\'idle_timeout.timeout_seconds\'].Value"',
      note: 'the idle timeout in seconds (default 60); it serves both the client and the target side',
      source:
        'https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-load-balancer-attributes.html',
    },
  ],
  haproxy: [
    {
      command:
        "haproxy -c -f /etc/haproxy/haproxy.cfg && grep -nE 'timeout (http-keep-alive|client|server)|http-reuse|pool-purge-delay' /etc/haproxy/haproxy.cfg",
      note: 'bare numbers are milliseconds; http-keep-alive falls back to timeout client',
    },
  ],
  envoy: [
    {
      command: 'curl -s http://127.0.0.1:9901/config_dump | grep -nE \'"idle_timeout"\'',
      note: 'common_http_protocol_options.idle_timeout on listeners (downstream) and clusters (upstream)',
      source: 'https://www.envoyproxy.io/docs/envoy/latest/operations/admin',
    },
  ],
  'istio-sidecar': [
    {
      command: 'istioctl proxy-config cluster <pod> -o json | grep -nE \'"idleTimeout"\'',
      note: "the sidecar's upstream idle timeout per cluster (DestinationRule connectionPool.http.idleTimeout)",
    },
  ],
  'node-http-server': [CURL_HINT, PROBE("server.keepAliveTimeout (+ Node's 1 s buffer)")],
  'go-http-server': [PROBE('http.Server.IdleTimeout (Go sends no Keep-Alive header)')],
  tomcat: [CURL_HINT, PROBE('keepAliveTimeout')],
  'spring-boot-tomcat': [
    {
      command:
        'curl -s http://<host>:<management-port>/actuator/env/server.tomcat.keep-alive-timeout',
      note: 'the resolved property, when the env actuator endpoint is exposed',
    },
    CURL_HINT,
  ],
  gunicorn: [
    {
      command: "ps -o args= -C gunicorn | grep -oE -- '--keep-alive[= ][0-9]+'",
      note: 'the --keep-alive seconds the workers run with (default 2); also check gunicorn.conf.py keepalive',
    },
  ],
  uvicorn: [
    {
      command: "ps -o args= -C uvicorn | grep -oE -- '--timeout-keep-alive[= ][0-9]+'",
      note: "the --timeout-keep-alive seconds (default 5); under gunicorn workers gunicorn's keepalive applies",
    },
  ],
  'apache-httpd': [
    {
      command:
        "apachectl -t -D DUMP_RUN_CFG && grep -rniE '^\\s*KeepAlive(Timeout)?\\b' /etc/apache2 /etc/httpd 2>/dev/null",
      note: 'KeepAliveTimeout in seconds (default 5) and whether KeepAlive is On',
    },
    CURL_HINT,
  ],
  'gcp-https-lb': [
    {
      command: 'gcloud compute backend-services describe <backend-service> --global',
      note: 'the backend keep-alive is fixed at 600 s and not shown here; timeoutSec is the response timeout, a different setting',
    },
  ],
  'aws-nlb': [
    {
      command: 'aws elbv2 describe-listener-attributes --listener-arn <listener-arn>',
      note: 'tcp.idle_timeout.seconds (default 350)',
    },
  ],
};
