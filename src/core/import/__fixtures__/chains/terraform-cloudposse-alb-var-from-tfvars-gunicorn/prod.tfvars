stage            = "prod"
certificate_arn  = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
alb_idle_timeout = 90
