/**
 * Test helper: LibreOffice and poppler, installed with apt-get where missing
 * (a fresh CI machine, as root), and run on files in a temporary folder.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";

const PACKAGES = ["libreoffice-writer-nogui", "libreoffice-calc-nogui", "poppler-utils", "fonts-liberation2"] as const;

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Liberation Serif 2 (metric twin of Times New Roman, with Vietnamese glyphs). */
function hasLiberation2(): boolean {
  return existsSync("/usr/share/fonts/truetype/liberation2");
}

/**
 * Installs LibreOffice (Writer, Calc), poppler and fonts-liberation2 with
 * apt-get when `soffice`, `pdftotext`/`pdftoppm` or the fonts are missing.
 * Idempotent: does nothing when all are there.
 */
export function ensureOfficeTools(): void {
  if (has("soffice") && has("pdftotext") && has("pdftoppm") && hasLiberation2()) return;
  if (!has("apt-get")) throw new Error(`LibreOffice or poppler missing and no apt-get: install ${PACKAGES.join(" ")}`);
  const run = (args: string[]) => {
    const [command, ...rest] = process.getuid?.() === 0 ? args : ["sudo", "-n", ...args];
    execFileSync(command as string, rest, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  };
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "--no-install-recommends", ...PACKAGES]);
}

/** A temporary folder, removed by `dispose`. */
export function workDir(prefix: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes files into `dir`. */
export function writeFiles(dir: string, files: Record<string, Uint8Array>): string[] {
  return Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
}

/** Runs LibreOffice headless on files (one start for all), with its own profile so parallel runs do not collide. */
export function soffice(dir: string, convertTo: string, files: readonly string[]): void {
  const profile = join(dir, "lo-profile");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", convertTo, "--outdir", dir, ...files],
    { stdio: "pipe", timeout: 120_000 },
  );
}

/** pdftotext of some pages (all by default), whitespace kept. */
export function pdfText(pdf: string, first?: number, last?: number): string {
  const range = [
    ...(first === undefined ? [] : ["-f", String(first)]),
    ...(last === undefined ? [] : ["-l", String(last)]),
  ];
  return execFileSync("pdftotext", [...range, "-layout", pdf, "-"], { encoding: "utf8" });
}

/** The number of pages of a PDF. */
export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

/** The fonts a PDF embeds (pdffonts' name column). */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2);
  return out.map((l) => l.split(/\s+/)[0] ?? "").filter((n) => n !== "");
}

/** Renders page 1 of a PDF to a PNG at `dpi`, returns its bytes. */
export function pdfPage1Png(pdf: string, dpi: number, out: string): Uint8Array {
  execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", String(dpi), "-png", "-singlefile", pdf, out]);
  return readFileSync(`${out}.png`);
}

/** Every file of a zip (docx, xlsx) as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Files in `dir` whose names match. */
export function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((n) => pattern.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/** Collapses whitespace (pdftotext breaks lines anywhere). */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A small CSV reader (RFC 4180: quotes, doubled quotes, commas and newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
