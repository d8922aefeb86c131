# gunicorn settings for the reports service
bind = "0.0.0.0:8000"
workers = 4
worker_class = "gthread"
threads = 8
keepalive = 75  # above the ALB default of 60
timeout = 300
