variable "vpc_id" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

variable "alb_idle_timeout" {
  type        = number
  description = "Must stay below the app's keep-alive (75 s)"
  default     = 70
}
