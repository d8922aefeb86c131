environment     = "prod"
vpc_id          = "vpc-0a1b2c3d4e5f60718"
public_subnets  = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/5c1d2e3f-1111-2222-3333-444455556666"

# large CSV exports: give the ALB 5 minutes of idle
alb_idle_timeout = 300
