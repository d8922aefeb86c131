upstream node_app {
    server 127.0.0.1:3000;
    keepalive 16;
}

server {
    listen 80;
    server_name example.com;
    location / {
        proxy_pass http://node_app;
    }
}
