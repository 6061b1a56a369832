ARG NGINX_TAG=1.27-alpine
FROM nginx:${NGINX_TAG}
COPY dist/ /usr/share/nginx/html/
