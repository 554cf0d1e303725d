# The shell itself: variables, quotes, heredocs, pipes, substitutions, redirections, and bash's errors.
export CLUSTER=demo
REGION=ap-northeast-2
echo "cluster=$CLUSTER region=${REGION} missing=${NOPE:-none}" 'single $CLUSTER'
mkdir -p app && cd app
cat > Dockerfile <<'EOF'
FROM python:3.12-slim
ENV GREETING=$HELLO
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
EOF
cat > app.py <<EOF
print("hello from $CLUSTER, cost \$0")
EOF
cat app.py
ls
WORDS=$(cat Dockerfile | grep -c FROM || true); echo "[$WORDS]"
cat Dockerfile | grep FROM
cd .. && pwd
echo one \
  two \
  three
dokcer ps
cat nothing.txt 2>/dev/null || echo "no such file, exit $?"
echo $(( 1 + 2 ))
if true; then echo x; fi
echo oops |
  cat
sim advance 90s
sim time
