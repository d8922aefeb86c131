# gunicorn settings for the search frontend (gevent, long-polling endpoints)
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gevent"
worker_connections = 1000

# worker is killed if silent for 30 s
timeout = 30
graceful_timeout = 20

# recycle workers to contain memory growth
max_requests = 500
max_requests_jitter = 50

# keep idle client connections longer than the ALB (60 s)
keepalive = 75
