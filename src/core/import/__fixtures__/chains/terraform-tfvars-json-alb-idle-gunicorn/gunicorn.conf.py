import os

bind = f"0.0.0.0:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "gthread"
threads = 4
# ALB idle timeout is 60 s: keep connections a bit longer
keepalive = 75
timeout = 60
max_requests = 2000
max_requests_jitter = 200
