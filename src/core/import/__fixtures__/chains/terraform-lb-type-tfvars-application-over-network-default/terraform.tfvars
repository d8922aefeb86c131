service         = "storefront"
lb_type         = "application"
idle_timeout    = 120
subnet_ids      = ["subnet-0a0b0c0d0e0f01020", "subnet-0f0e0d0c0b0a09080"]
vpc_id          = "vpc-0123abcd4567ef890"
certificate_arn = "arn:aws:acm:eu-central-1:444455556666:certificate/9f8e7d6c-aaaa-4bbb-8ccc-0123456789ab"
log_bucket      = "storefront-lb-logs"
