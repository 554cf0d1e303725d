# Section 2 of the study note: build an image, create an ECR repository, log in and push.
mkdir -p web && cd web
cat > Dockerfile <<'EOF'
FROM nginx:latest
COPY index.html /usr/share/nginx/html/index.html
EXPOSE 80
EOF
echo '<h1>hello dockyard</h1>' > index.html
docker build -t web:1.0 .
docker images
docker build
docker build -x .
REPO_URI=$(aws ecr create-repository --repository-name web --query 'repository.repositoryUri' --output text)
echo $REPO_URI
docker tag web:1.0 $REPO_URI:1.0
docker push $REPO_URI:1.0
aws ecr get-login-password --region ap-northeast-2 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com
docker push $REPO_URI:1.0
aws ecr describe-images --repository-name web --query 'imageDetails[].imageTags' --output text
aws ecr create-repository --repository-name web
docker run -d --name site -p 8080:80 web:1.0
docker ps
docker rmi web:1.0
