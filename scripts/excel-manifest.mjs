// Writes the Excel add-in around dist/excel/functions.js and functions.json: manifest.xml (custom
// functions, namespace SERVICELOV), functions.html (the runtime page) and icons.
//   node scripts/excel-manifest.mjs                      → placeholder host https://YOUR-HOST.example/servicelov
//   npm run excel:manifest -- --host https://intra.kommune.dk/servicelov
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { createHash } from "node:crypto";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
// --out <dir>: write somewhere else than dist/excel (tests write to a temporary folder).
const o = args.indexOf("--out");
const out = o >= 0 && args[o + 1] ? args[o + 1] : join(root, "dist/excel");
const i = args.indexOf("--host");
const host = (i >= 0 ? args[i + 1] : "https://YOUR-HOST.example/servicelov") ?? "";
if (!/^https:\/\/[^\s"<>]+$/.test(host)) {
  console.error("excel-manifest: --host must be an https:// address, e.g. --host https://intra.kommune.dk/servicelov");
  process.exit(2);
}
const base = host.replace(/\/$/, "");
// The add-in's id. Two municipalities' add-ins in one Microsoft 365 tenant (or one user's Excel)
// must not share an id — Office treats a second manifest with the same id as the same add-in and
// replaces the first. So each host gets its own id: --id <uuid> when IT has one, otherwise a
// name-based UUID (version 5 layout) from the host address, so writing the manifest again for the
// same host keeps its id (an update, not a new add-in).
const j = args.indexOf("--id");
const givenId = j >= 0 ? args[j + 1] ?? "" : undefined;
if (givenId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(givenId)) {
  console.error("excel-manifest: --id must be a GUID, e.g. --id 0b7e4c1a-5d3f-4e2a-9c61-2f8a7d4b9e10");
  process.exit(2);
}
const addinId = givenId ?? idForHost(base);

/** A name-based UUID (RFC 4122 version 5 layout, SHA-1 of a fixed namespace and the host). */
function idForHost(h) {
  const hash = createHash("sha1").update(`servicelov-excel-addin:${h.toLowerCase()}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const x = hash.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
const version = JSON.parse((await import("node:fs")).readFileSync(join(root, "package.json"), "utf8")).version;

/** A solid-colour PNG icon (no image library needed). */
function png(size, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(join(out, `icon-${size}.png`), png(size, [0, 84, 147]));

writeFileSync(
  join(out, "functions.html"),
  `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>servicelov – brugerdefinerede funktioner</title>
<!-- The custom functions runtime from Microsoft, then the functions (which associate every id). -->
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"></script>
<script src="functions.js"></script>
</head>
<body></body>
</html>
`,
);

const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
  xsi:type="TaskPaneApp">
  <Id>${addinId}</Id>
  <Version>${version.replace(/^(\d+\.\d+\.\d+).*$/, "$1")}.0</Version>
  <ProviderName>servicelov</ProviderName>
  <DefaultLocale>da-DK</DefaultLocale>
  <DisplayName DefaultValue="servicelov"/>
  <Description DefaultValue="Serviceloven for voksne som regnearksfunktioner: § 100, § 97, BPA, § 107, §§ 109–110, frister og folkepensionsalder."/>
  <IconUrl DefaultValue="${base}/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${base}/icon-64.png"/>
  <SupportUrl DefaultValue="${base}/functions.html"/>
  <AppDomains>
    <AppDomain>${base}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${base}/functions.html"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Functions.Page.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="${base}/icon-16.png"/>
        <bt:Image id="Icon.32x32" DefaultValue="${base}/icon-32.png"/>
        <bt:Image id="Icon.80x80" DefaultValue="${base}/icon-80.png"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${base}/functions.js"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${base}/functions.json"/>
        <bt:Url id="Functions.Page.Url" DefaultValue="${base}/functions.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="SERVICELOV"/>
      </bt:ShortStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
writeFileSync(join(out, "manifest.xml"), manifest);
console.log(`excel-manifest: ${join(out, "manifest.xml")} for ${base} (add-in id ${addinId})`);
