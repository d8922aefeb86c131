import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", 2))
worker_class = "uvicorn.workers.UvicornWorker"
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
threads = 1
