import { saveBlob } from '../../app/api';

/** The drawing as a standalone SVG document: its styles inlined, its view box around everything drawn. */
function standalone(svg: SVGSVGElement): string {
  const group = svg.querySelector('g')!;
  const box = group.getBBox();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelector('g')!.removeAttribute('transform');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('viewBox', `${box.x - 10} ${box.y - 10} ${box.width + 20} ${box.height + 20}`);
  copy.setAttribute('width', String(Math.ceil(box.width + 20)));
  copy.setAttribute('height', String(Math.ceil(box.height + 20)));
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `
    .edge{fill:none;stroke:#9aa5b1;stroke-width:1.2}
    .node rect{fill:#fff;stroke:#3b6e8f;stroke-width:1.2}
    .node.kind-outlet rect{fill:#fff6e5;stroke:#b7791f}
    .node.kind-partner rect{fill:#eef7ee;stroke:#2f855a}
    .node .name{font:600 12px system-ui,sans-serif;fill:#1a202c}
    .node .meta{font:11px system-ui,sans-serif;fill:#4a5568}
    .toggle circle{fill:#3b6e8f}.toggle text{fill:#fff;font:12px sans-serif}
    .more rect{fill:#edf2f7;stroke:#a0aec0}.more text{font:11px sans-serif;fill:#2d3748}`;
  copy.insertBefore(style, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export function exportSvg(svg: SVGSVGElement, filename: string): void {
  saveBlob(new Blob([standalone(svg)], { type: 'image/svg+xml' }), filename);
}

export function exportPng(svg: SVGSVGElement, filename: string): void {
  const text = standalone(svg);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.scale(2, 2);
    g.drawImage(image, 0, 0);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => blob && saveBlob(blob, filename), 'image/png');
  };
  image.src = url;
}
