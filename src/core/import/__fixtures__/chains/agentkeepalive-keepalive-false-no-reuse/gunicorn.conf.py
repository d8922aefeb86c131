# ledger: gthread so slow clients do not block a worker
bind = "0.0.0.0:8000"
workers = 2
threads = 4
keepalive = 1
