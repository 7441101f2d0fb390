// Decodes ESC/POS with npos (a parser we did not write) and saves its raster pictures as one
// PBM image, for tesseract and zbarimg: node escpos-to-pbm.js ticket.bin ticket.pbm
const fs = require('fs');
const npos = require('npos');

const [input, output] = process.argv.slice(2);
npos.parser().parse(fs.readFileSync(input)).then((ast) => {
  const pictures = ast.entries.filter((e) => e.type === 'raster').map((e) => e.data);
  if (pictures.length === 0) throw new Error('no raster picture in ' + input);
  const width = Math.max(...pictures.map((p) => p.width));
  const height = pictures.reduce((sum, p) => sum + p.height, 0);
  const rowBytes = Math.ceil(width / 8);
  const body = Buffer.alloc(rowBytes * height);
  let top = 0;
  for (const p of pictures) {
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) {
        if (p.getPixel(x, y) === 0) body[(top + y) * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
      }
    }
    top += p.height;
  }
  fs.writeFileSync(output, Buffer.concat([Buffer.from('P4\n' + width + ' ' + height + '\n'), body]));
  console.log(JSON.stringify({ width: width, height: height, commands: ast.tree.map((n) => n.ascii + ' ' + n.fn) }));
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
