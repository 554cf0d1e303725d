package dockyard.content;

import org.commonmark.node.CustomBlock;

/** A diagram standing alone in its paragraph, replaced by a figure with the page language's SVG inlined. */
final class Figure extends CustomBlock {
    final String alt;
    final String svg;
    final String captionId;

    Figure(String alt, String svg, String captionId) {
        this.alt = alt;
        this.svg = svg;
        this.captionId = captionId;
    }
}
