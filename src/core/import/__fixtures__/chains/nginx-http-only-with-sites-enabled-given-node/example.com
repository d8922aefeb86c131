upstream node_app {
    server 127.0.0.1:3000;
    keepalive 16;
    keepalive_timeout 50s;
}

server {
    listen 80;
    server_name example.com;
    keepalive_timeout 75s;

    location / {
        proxy_pass http://node_app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
    }
}
