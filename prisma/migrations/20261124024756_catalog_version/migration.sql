-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogVersion_pkey" PRIMARY KEY ("id")
);


-- The one row (id 1), and the trigger that bumps it on any catalog change
-- (statement-level: one bump per statement, also for TRUNCATE).
INSERT INTO "CatalogVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_catalog_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Product_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
CREATE TRIGGER "Price_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Price"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
CREATE TRIGGER "Convention_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Convention"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
