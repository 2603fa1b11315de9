// Writes the Excel add-in around dist/excel/functions.js and functions.json: manifest.xml (custom
// functions, namespace SERVICELOV), functions.html (the runtime page) and icons.
//   node scripts/excel-manifest.mjs                      → placeholder host https://YOUR-HOST.example/servicelov
//   npm run excel:manifest -- --host https://intra.kommune.dk/servicelov
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/excel");
const args = process.argv.slice(2);
const i = args.indexOf("--host");
const host = (i >= 0 ? args[i + 1] : "https://YOUR-HOST.example/servicelov") ?? "";
if (!/^https:\/\/[^\s"<>]+$/.test(host)) {
  console.error("excel-manifest: --host must be an https:// address, e.g. --host https://intra.kommune.dk/servicelov");
  process.exit(2);
}
const base = host.replace(/\/$/, "");
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
  <Id>6f0c3a5e-2d4b-4c7e-9a51-3b7d1e8f2c40</Id>
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
console.log(`excel-manifest: dist/excel/manifest.xml for ${base}`);
