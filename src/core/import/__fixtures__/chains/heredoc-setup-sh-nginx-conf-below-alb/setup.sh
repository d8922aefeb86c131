#!/usr/bin/env bash
# Provision the web box: nginx in front of the Node app on :3000.
set -euo pipefail

apt-get update && apt-get install -y nginx

cat > /etc/nginx/conf.d/app.conf <<'EOF'
upstream app {
    server 127.0.0.1:3000;
    keepalive 32;
}

server {
    listen 80;
    keepalive_timeout 50s;

    location / {
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
    }
}
EOF

rm -f /etc/nginx/sites-enabled/default
nginx -t && systemctl reload nginx
