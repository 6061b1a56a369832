ARG NGINX_TAG=1.27-alpine
FROM nginx:${NGINX_TAG}
# Copied onto an empty layer, then placed on top: independent of the base below
COPY --link dist/ /usr/share/nginx/html/
