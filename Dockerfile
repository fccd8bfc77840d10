# sigaudit for CI systems that run images: Debian 12 with the sigaudit .deb
# and what its CI job needs (git, curl, jq).
#
#   scripts/package.sh && docker build -t sigaudit .
#   docker run --rm sigaudit sigaudit --version
FROM debian:12-slim
COPY build/sigaudit_*_amd64.deb /tmp/
RUN apt-get update \
    && apt-get install -y --no-install-recommends git curl jq ca-certificates /tmp/sigaudit_*_amd64.deb \
    && rm -rf /var/lib/apt/lists/* /tmp/sigaudit_*_amd64.deb \
    && useradd --create-home --shell /bin/bash sigaudit
# A user of its own: the store goes to /home/sigaudit/.cache/sigaudit/.
USER sigaudit
WORKDIR /home/sigaudit
CMD ["sigaudit", "--help"]
