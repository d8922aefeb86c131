# terraform apply -var-file=prod.tfvars
env = "prod"

# partner uploads hold the connection idle while they stream from S3
alb_idle_timeout = 180
