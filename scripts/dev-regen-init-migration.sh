#!/usr/bin/env bash
# TEMPORARY (before the first landing only): rewrite the init migration from prisma/schema.prisma.
set -euo pipefail
cd "$(dirname "$0")/.."
out=prisma/migrations/20261123000000_init/migration.sql
npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > "$out.tmp" 2>/dev/null
printf '\n-- Order number counter (see src/services/order-number.ts)\nINSERT INTO "Sequence" ("name", "value") VALUES ('"'"'order'"'"', 0);\n' >> "$out.tmp"
mv "$out.tmp" "$out"
npx prisma generate >/dev/null 2>&1
echo "regenerated $out and the Prisma client"
