-- Members (local foreign-affairs agencies) and emulation clusters, year by year.
-- The library's MemberSchema / EmulationClusterSchema validate them before they get here;
-- the constraints below are the database's own second line.

CREATE TABLE members (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 64),
  kind        text CHECK (kind IN ('department', 'office-unit')),
  province    char(2) NOT NULL CHECK (province ~ '^[0-9]{2}$'),
  name_vi     text NOT NULL,
  name_en     text NOT NULL,
  valid_from  date,
  valid_to    date,
  successor   text,  -- no foreign key: a successor may be posted later
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE clusters (
  id       text PRIMARY KEY CHECK (id ~ '^[A-Z0-9]{1,10}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL
);

CREATE TABLE cluster_years (
  cluster_id    text NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  year          integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  member_count  integer,
  head          text,
  deputies      text[],
  theme         text,
  reviews       jsonb,  -- [{ kind, date?, hosts?, note? }], as on the wire
  PRIMARY KEY (cluster_id, year)
);

CREATE TABLE cluster_members (
  cluster_id  text NOT NULL,
  year        integer NOT NULL,
  position    integer NOT NULL,
  member_id   text NOT NULL REFERENCES members (id),
  PRIMARY KEY (cluster_id, year, position),
  UNIQUE (cluster_id, year, member_id),
  FOREIGN KEY (cluster_id, year) REFERENCES cluster_years (cluster_id, year) ON DELETE CASCADE
);
