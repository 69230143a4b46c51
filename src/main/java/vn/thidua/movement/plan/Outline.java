package vn.thidua.movement.plan;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.kernel.VietnameseText;

/**
 * The heading tree of a plan's body, built from the numbering grammar alone: a label of a kind
 * already open closes back to it (a sibling); a new kind opens a child, so the first kind the body
 * opens with is the outermost ("A." over "I." over "1." …). Unnumbered paragraphs belong to the
 * open node.
 */
final class Outline {

  /** A numbered entry (or the root) with its own paragraphs and children. */
  static final class Node {
    final Para para;
    final Node parent;
    final List<String> content = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    Node(Para para, Node parent) {
      this.para = para;
      this.parent = parent;
    }

    String heading() {
      return para == null ? "" : para.body();
    }

    String label() {
      return para == null ? "" : para.marker().label();
    }

    String fullHeading() {
      return para == null ? "" : para.text();
    }

    private String folded;

    String folded() {
      if (folded == null) {
        folded = VietnameseText.fold(heading());
      }
      return folded;
    }

    boolean isRoot() {
      return para == null;
    }

    /** All text below this node, one paragraph per line, with labels. */
    void appendText(StringBuilder sb, boolean includeSelf) {
      if (includeSelf && para != null) {
        sb.append(para.text()).append('\n');
      }
      for (String c : content) {
        sb.append(c).append('\n');
      }
      for (Node child : children) {
        child.appendText(sb, true);
      }
    }

    String text(boolean includeSelf) {
      StringBuilder sb = new StringBuilder();
      appendText(sb, includeSelf);
      return sb.toString().strip();
    }

    /** Nodes of the subtree in document order, this one first. */
    List<Node> walk() {
      List<Node> all = new ArrayList<>();
      collect(all);
      return all;
    }

    private void collect(List<Node> all) {
      all.add(this);
      for (Node c : children) {
        c.collect(all);
      }
    }

    boolean isAncestorOf(Node other) {
      for (Node n = other.parent; n != null; n = n.parent) {
        if (n == this) {
          return true;
        }
      }
      return false;
    }

    int depth() {
      int d = 0;
      for (Node n = parent; n != null; n = n.parent) {
        d++;
      }
      return d;
    }
  }

  private Outline() {}

  static Node build(List<Para> paras) {
    Node root = new Node(null, null);
    List<Node> stack = new ArrayList<>();
    for (Para p : paras) {
      Marker m = p.marker();
      // A heading in capitals ("NỘI DUNG THI ĐUA"), not a short table cell such as "TT".
      boolean capsHeading =
          m.none() && p.upperCase() && p.text().length() <= 160 && p.text().strip().contains(" ");
      // A bold unnumbered line (Word) heads the items below it, like a numbered entry would.
      boolean boldHeading =
          m.none()
              && !capsHeading
              && p.bold()
              && p.text().length() <= 200
              && !p.text().endsWith(":");
      if (boldHeading) {
        int at = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
          if (key(stack.get(i)).equals("B")) {
            at = i;
            break;
          }
        }
        if (at >= 0) {
          while (stack.size() > at) {
            stack.removeLast();
          }
        }
        Node parent = stack.isEmpty() ? root : stack.getLast();
        Node node = new Node(p, parent);
        parent.children.add(node);
        stack.add(node);
        continue;
      }
      if (m.none() && !capsHeading) {
        (stack.isEmpty() ? root : stack.getLast()).content.add(p.text());
        continue;
      }
      String key = capsHeading ? "CAPS" : m.key();
      Node parent;
      if (capsHeading) {
        // An unnumbered heading in capitals is a section of its own.
        stack.clear();
        parent = root;
      } else {
        int at = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
          if (key(stack.get(i)).equals(key)) {
            at = i;
            break;
          }
        }
        if (at >= 0) {
          while (stack.size() > at) {
            stack.removeLast();
          }
        }
        parent = stack.isEmpty() ? root : stack.getLast();
      }
      Node node = new Node(p, parent);
      parent.children.add(node);
      stack.add(node);
    }
    return root;
  }

  private static String key(Node n) {
    Marker m = n.para.marker();
    if (!m.none()) {
      return m.key();
    }
    return n.para.upperCase() ? "CAPS" : "B";
  }
}
