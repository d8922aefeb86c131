# catalog service (Django), behind the edge gateway
bind = "0.0.0.0:8000"
workers = 4
worker_class = "gthread"
threads = 4
keepalive = 5
timeout = 30
accesslog = "-"
