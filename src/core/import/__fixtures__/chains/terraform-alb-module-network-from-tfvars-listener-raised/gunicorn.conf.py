# gunicorn settings for the shop backend
bind = "127.0.0.1:8000"
workers = 4
worker_class = "gthread"
threads = 8
keepalive = 45  # nginx keeps upstream connections 30 s
timeout = 120
graceful_timeout = 30
