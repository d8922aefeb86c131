environment    = "prod"
vpc_id         = "vpc-04f1c2d3e4a5b6c7d"
public_subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

lb_type          = "network"
# Cloudflare keeps origin connections up to 900 s; nginx 960 s; the NLB must outlast both
tcp_idle_timeout = 1200
