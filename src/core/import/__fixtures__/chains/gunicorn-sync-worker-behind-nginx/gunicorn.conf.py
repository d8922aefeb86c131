# gunicorn configuration (sync workers; the app is CPU-bound)
import os

bind = "unix:/run/gunicorn.sock"
workers = int(os.environ.get("WEB_CONCURRENCY", 3))
keepalive = 2
timeout = 120
max_requests = 2000
max_requests_jitter = 200
loglevel = "info"
