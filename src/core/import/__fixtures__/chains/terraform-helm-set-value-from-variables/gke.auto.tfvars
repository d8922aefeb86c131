# Google's HTTPS LB keeps backend connections 600 s: stay above that
ingress_keep_alive = "650"
