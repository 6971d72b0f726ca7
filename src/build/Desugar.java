import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * The build's lambda desugaring (issue 21, start-up), run on target/classes after javac
 * (process-classes): every lambda and method reference that javac links through
 * {@code LambdaMetafactory.metafactory} becomes a small class of its own, {@code Owner$$Fn$N},
 * made where the lambda is written by a static factory that takes what it captures.
 *
 * <p>Why: on JDK 17 each invokedynamic call site of a lambda is linked on its first run, through
 * method handles, even with its class in the start-up archive; measured here at about 150 µs a
 * site against 10 µs for a class of its own loaded from the archive, and a text quote links some
 * 210 of them (30 ms of its start-up). JDK 25's AOT cache links them ahead of time; JDK 17 cannot.
 * The source keeps its lambdas; only the bytecode changes, the way Android's D8 and Retrolambda
 * desugar them.
 *
 * <p>What a class does is what LambdaMetafactory's would: the functional interface's method, its
 * arguments cast, unboxed, boxed or widened from the erased to the implementation's types, the
 * implementation called as its handle says (a static, virtual, interface or private method, or a
 * constructor), the result converted back; one shared instance when nothing is captured. The
 * implementation is often a private {@code lambda$...} method: the new class joins its owner's
 * nest (NestHost, NestMembers), as the JVM's own lambda classes do. Call sites through
 * {@code altMetafactory} (serializable lambdas, marker interfaces, bridges) are left as they are.
 *
 * <p>usage: java -cp ASM_JARS src/build/Desugar.java CLASSES_DIR
 */
public final class Desugar {
  private static final String LMF = "java/lang/invoke/LambdaMetafactory";
  private static final String SUFFIX = "$$Fn$";

  /**
   * Calls of the stream operations whose JDK implementations link lambdas of the JDK's own, sent
   * to dev.exoplan.jdk.Streams, which does the same through forEach (that class says why).
   */
  private static final String STREAMS = "dev/exoplan/jdk/Streams";
  private static final Map<String, String> STREAM_CALLS = Map.ofEntries(
      Map.entry("java/util/stream/Stream.findFirst()Ljava/util/Optional;", "findFirst"),
      Map.entry("java/util/stream/Stream.anyMatch(Ljava/util/function/Predicate;)Z", "anyMatch"),
      Map.entry("java/util/stream/Stream.allMatch(Ljava/util/function/Predicate;)Z", "allMatch"),
      Map.entry("java/util/stream/Stream.noneMatch(Ljava/util/function/Predicate;)Z", "noneMatch"),
      Map.entry("java/util/stream/Stream.toList()Ljava/util/List;", "toList"),
      Map.entry("java/util/stream/Stream.sorted()Ljava/util/stream/Stream;", "sorted"),
      Map.entry("java/util/stream/Stream.sorted(Ljava/util/Comparator;)Ljava/util/stream/Stream;",
          "sorted"),
      Map.entry("java/util/stream/IntStream.sum()I", "sum"),
      Map.entry("java/util/stream/IntStream.max()Ljava/util/OptionalInt;", "max"),
      Map.entry("java/util/stream/IntStream.toArray()[I", "toArray"),
      Map.entry("java/util/stream/Collectors.joining()Ljava/util/stream/Collector;", "joining"),
      Map.entry("java/util/stream/Collectors.joining(Ljava/lang/CharSequence;)"
          + "Ljava/util/stream/Collector;", "joining"),
      Map.entry("java/util/stream/Collectors.joining(Ljava/lang/CharSequence;"
          + "Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/util/stream/Collector;",
          "joining"));
  private int streamCalls;

  /** The classes to add to each nest host's NestMembers, by the host's internal name. */
  private final Map<String, List<String>> members = new HashMap<>();
  private final Path root;
  private int sites;
  private int kept;

  private Desugar(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws IOException {
    Desugar d = new Desugar(Path.of(args[0]));
    List<Path> classes;
    try (Stream<Path> s = Files.walk(d.root)) {
      classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path p : classes) {
      String file = p.getFileName().toString();
      int fn = file.indexOf(SUFFIX);
      if (fn < 0) {
        d.desugar(p);
      } else if (!Files.exists(p.resolveSibling(file.substring(0, fn) + ".class"))) {
        Files.delete(p); // an earlier build's, for a class that is no more
      }
    }
    for (Map.Entry<String, List<String>> e : d.members.entrySet()) {
      d.addMembers(e.getKey(), e.getValue());
    }
    System.out.println("desugar: " + d.sites + " lambda call sites made classes, "
        + d.streamCalls + " stream operations sent to dev.exoplan.jdk.Streams"
        + (d.kept > 0 ? ", " + d.kept + " left to LambdaMetafactory (altMetafactory)" : ""));
  }

  private static boolean metafactory(Handle bsm) {
    return bsm.getOwner().equals(LMF) && bsm.getName().equals("metafactory");
  }

  private void desugar(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ClassReader reader = new ClassReader(bytes);
    if (!hasLambda(reader)) {
      return;
    }
    String owner = reader.getClassName();
    // an earlier build's classes for this owner, which javac has just compiled afresh
    String simple = owner.substring(owner.lastIndexOf('/') + 1) + SUFFIX;
    try (Stream<Path> old = Files.list(file.getParent())) {
      for (Path p : old.filter(p -> p.getFileName().toString().startsWith(simple)).toList()) {
        Files.delete(p);
      }
    }
    String[] host = {owner};
    int[] next = {0};
    Map<String, byte[]> made = new LinkedHashMap<>();
    ClassWriter out = new ClassWriter(reader, 0);
    reader.accept(new ClassVisitor(Opcodes.ASM9, out) {
      @Override
      public void visitNestHost(String nestHost) {
        host[0] = nestHost;
        super.visitNestHost(nestHost);
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig,
          String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, desc, sig, exceptions);
        return new MethodVisitor(Opcodes.ASM9, mv) {
          @Override
          public void visitMethodInsn(int opcode, String on, String method, String desc,
              boolean itf) {
            String to = owner.equals(STREAMS) ? null : STREAM_CALLS.get(on + "." + method + desc);
            if (to == null) {
              super.visitMethodInsn(opcode, on, method, desc, itf);
              return;
            }
            // the receiver becomes the first argument of the static replacement
            String staticDesc = opcode == Opcodes.INVOKESTATIC ? desc
                : "(L" + on + ";" + desc.substring(1);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, STREAMS, to, staticDesc, false);
            streamCalls++;
          }

          @Override
          public void visitInvokeDynamicInsn(String sam, String siteDesc, Handle bsm,
              Object... args) {
            if (bsm.getOwner().equals(LMF) && !metafactory(bsm)) {
              kept++;
            }
            if (!metafactory(bsm)) {
              super.visitInvokeDynamicInsn(sam, siteDesc, bsm, args);
              return;
            }
            String name = owner + SUFFIX + (++next[0]);
            made.put(name, lambdaClass(name, sam, siteDesc, (Type) args[0],
                (Handle) args[1], (Type) args[2]));
            super.visitMethodInsn(Opcodes.INVOKESTATIC, name, "create", siteDesc, false);
            sites++;
          }
        };
      }

      @Override
      public void visitEnd() {
        if (host[0].equals(owner)) {
          for (String n : made.keySet()) {
            super.visitNestMember(n); // this class is its own nest's host
          }
        }
        super.visitEnd();
      }
    }, 0);
    if (!host[0].equals(owner)) {
      members.computeIfAbsent(host[0], k -> new ArrayList<>()).addAll(made.keySet());
    }
    // the host is written with its new members in visitEnd, or later by addMembers; the lambda
    // classes name it in their NestHost (set in lambdaClass, after the host is known)
    for (Map.Entry<String, byte[]> e : made.entrySet()) {
      Files.write(root.resolve(e.getKey() + ".class"), withHost(e.getValue(), host[0]));
    }
    Files.write(file, out.toByteArray());
  }

  private static boolean hasLambda(ClassReader reader) {
    boolean[] found = {false};
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int a, String n, String d, String s, String[] e) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitInvokeDynamicInsn(String sam, String desc, Handle bsm, Object... args) {
            found[0] |= bsm.getOwner().equals(LMF);
          }

          @Override
          public void visitMethodInsn(int op, String on, String m, String desc, boolean itf) {
            found[0] |= STREAM_CALLS.containsKey(on + "." + m + desc)
                && !reader.getClassName().equals(STREAMS);
          }
        };
      }
    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return found[0];
  }

  /** The NestHost attribute, added once the owner's host is known. */
  private static byte[] withHost(byte[] cls, String host) {
    ClassReader r = new ClassReader(cls);
    ClassWriter w = new ClassWriter(r, 0);
    r.accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public void visit(int version, int access, String name, String sig, String sup,
          String[] itfs) {
        super.visit(version, access, name, sig, sup, itfs);
        super.visitNestHost(host);
      }
    }, 0);
    return w.toByteArray();
  }

  private void addMembers(String host, List<String> added) throws IOException {
    Path file = root.resolve(host + ".class");
    ClassReader r = new ClassReader(Files.readAllBytes(file));
    ClassWriter w = new ClassWriter(r, 0);
    java.util.Set<String> listed = new java.util.HashSet<>();
    r.accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public void visitNestMember(String member) {
        listed.add(member);
        super.visitNestMember(member);
      }

      @Override
      public void visitEnd() {
        for (String n : added) {
          if (listed.add(n)) { // a host javac did not compile again lists them already
            super.visitNestMember(n);
          }
        }
        super.visitEnd();
      }
    }, 0);
    Files.write(file, w.toByteArray());
  }

  /**
   * The class for one call site: {@code sam} of the interface {@code siteDesc} returns, taking the
   * erased {@code samType}, calling {@code impl} with the captured values first.
   */
  private static byte[] lambdaClass(String name, String sam, String siteDesc,
      Type samType, Handle impl, Type instantiated) {
    Type site = Type.getMethodType(siteDesc);
    Type iface = site.getReturnType();
    Type[] captured = site.getArgumentTypes();
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return "java/lang/Object"; // no merges of reference types happen in these methods
      }
    };
    cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name,
        null, "java/lang/Object", new String[] {iface.getInternalName()});
    Type self = Type.getObjectType(name);
    for (int i = 0; i < captured.length; i++) {
      cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "c" + i,
          captured[i].getDescriptor(), null, null).visitEnd();
    }
    if (captured.length == 0) {
      cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_PRIVATE, "INSTANCE",
          self.getDescriptor(), null, null).visitEnd();
    }
    // constructor
    Method init = new Method("<init>", Type.VOID_TYPE, captured);
    GeneratorAdapter c = new GeneratorAdapter(Opcodes.ACC_PRIVATE, init, null, null, cw);
    c.loadThis();
    c.invokeConstructor(Type.getType(Object.class), Method.getMethod("void <init> ()"));
    for (int i = 0; i < captured.length; i++) {
      c.loadThis();
      c.loadArg(i);
      c.putField(self, "c" + i, captured[i]);
    }
    c.returnValue();
    c.endMethod();
    // the factory the call site now calls
    Method create = new Method("create", iface, captured);
    GeneratorAdapter f = new GeneratorAdapter(Opcodes.ACC_STATIC, create, null, null, cw);
    if (captured.length == 0) {
      f.getStatic(self, "INSTANCE", self);
    } else {
      f.newInstance(self);
      f.dup();
      f.loadArgs();
      f.invokeConstructor(self, init);
    }
    f.returnValue();
    f.endMethod();
    if (captured.length == 0) {
      GeneratorAdapter s = new GeneratorAdapter(Opcodes.ACC_STATIC, Method.getMethod(
          "void <clinit> ()"), null, null, cw);
      s.newInstance(self);
      s.dup();
      s.invokeConstructor(self, init);
      s.putStatic(self, "INSTANCE", self);
      s.returnValue();
      s.endMethod();
    }
    // the interface's method
    Method m = new Method(sam, samType.getReturnType(), samType.getArgumentTypes());
    GeneratorAdapter g = new GeneratorAdapter(Opcodes.ACC_PUBLIC, m, null, null, cw);
    Type implType = Type.getMethodType(impl.getDesc());
    Type implOwner = Type.getObjectType(impl.getOwner());
    List<Type> targets = new ArrayList<>();
    int tag = impl.getTag();
    boolean receiver = tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE
        || tag == Opcodes.H_INVOKESPECIAL;
    if (tag == Opcodes.H_NEWINVOKESPECIAL) {
      g.newInstance(implOwner);
      g.dup();
    }
    if (receiver) {
      targets.add(implOwner);
    }
    targets.addAll(List.of(implType.getArgumentTypes()));
    Type[] params = samType.getArgumentTypes();
    Type[] inst = instantiated.getArgumentTypes();
    int k = 0;
    for (int i = 0; i < captured.length; i++, k++) {
      g.loadThis();
      g.getField(self, "c" + i, captured[i]);
      convert(g, captured[i], captured[i], targets.get(k));
    }
    for (int i = 0; i < params.length; i++, k++) {
      g.loadArg(i);
      convert(g, params[i], inst[i], targets.get(k));
    }
    if (k != targets.size()) {
      throw new IllegalStateException(name + ": " + k + " arguments for " + impl);
    }
    switch (tag) {
      case Opcodes.H_INVOKESTATIC -> g.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(),
          impl.getName(), impl.getDesc(), impl.isInterface());
      case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKESPECIAL -> g.visitMethodInsn(
          impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
          impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
      case Opcodes.H_INVOKEINTERFACE -> g.visitMethodInsn(Opcodes.INVOKEINTERFACE,
          impl.getOwner(), impl.getName(), impl.getDesc(), true);
      case Opcodes.H_NEWINVOKESPECIAL -> g.visitMethodInsn(Opcodes.INVOKESPECIAL,
          impl.getOwner(), "<init>", impl.getDesc(), false);
      default -> throw new IllegalStateException(name + ": a handle of kind " + tag);
    }
    Type returned = tag == Opcodes.H_NEWINVOKESPECIAL ? implOwner : implType.getReturnType();
    Type wanted = samType.getReturnType();
    if (wanted.getSort() == Type.VOID) {
      if (returned.getSort() != Type.VOID) {
        pop(g, returned.getSize());
      }
    } else {
      convert(g, returned, instantiated.getReturnType(), wanted);
    }
    g.returnValue();
    g.endMethod();
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** GeneratorAdapter has pop() only for one slot. */
  private static void pop(GeneratorAdapter g, int slots) {
    if (slots == 2) {
      g.pop2();
    } else {
      g.pop();
    }
  }

  /**
   * A value of type {@code from} (whose instantiated type is {@code via}) made a {@code to}: cast,
   * unboxed, boxed or widened, as LambdaMetafactory adapts a call.
   */
  private static void convert(GeneratorAdapter g, Type from, Type via, Type to) {
    boolean fromRef = from.getSort() >= Type.ARRAY;
    boolean toRef = to.getSort() >= Type.ARRAY;
    if (fromRef && toRef) {
      if (!to.equals(from) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
        g.checkCast(to);
      }
    } else if (fromRef) {
      // a reference to a primitive: its box (the instantiated type says which), unboxed, widened
      Type box = via.getSort() >= Type.ARRAY && !via.getDescriptor().equals("Ljava/lang/Object;")
          && !via.getDescriptor().equals("Ljava/lang/Number;") ? via : boxOf(to);
      Type prim = unboxed(box);
      if (prim == null) { // Number or Object: unbox as the target type
        g.unbox(to);
        return;
      }
      g.checkCast(box);
      g.unbox(prim);
      g.cast(prim, to);
    } else if (toRef) {
      Type prim = from;
      Type box = boxOf(prim);
      if (via.getSort() >= Type.ARRAY && unboxed(via) != null && !via.equals(box)) {
        g.cast(prim, unboxed(via)); // an int returned where a Long is wanted
        prim = unboxed(via);
      }
      g.valueOf(prim);
      if (!to.getDescriptor().equals("Ljava/lang/Object;") && !to.equals(boxOf(prim))) {
        g.checkCast(to);
      }
    } else if (!from.equals(to)) {
      g.cast(from, to);
    }
  }

  private static Type boxOf(Type prim) {
    return switch (prim.getSort()) {
      case Type.BOOLEAN -> Type.getType(Boolean.class);
      case Type.BYTE -> Type.getType(Byte.class);
      case Type.CHAR -> Type.getType(Character.class);
      case Type.SHORT -> Type.getType(Short.class);
      case Type.INT -> Type.getType(Integer.class);
      case Type.LONG -> Type.getType(Long.class);
      case Type.FLOAT -> Type.getType(Float.class);
      case Type.DOUBLE -> Type.getType(Double.class);
      default -> throw new IllegalStateException("not a primitive: " + prim);
    };
  }

  private static Type unboxed(Type box) {
    return switch (box.getInternalName()) {
      case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
      case "java/lang/Byte" -> Type.BYTE_TYPE;
      case "java/lang/Character" -> Type.CHAR_TYPE;
      case "java/lang/Short" -> Type.SHORT_TYPE;
      case "java/lang/Integer" -> Type.INT_TYPE;
      case "java/lang/Long" -> Type.LONG_TYPE;
      case "java/lang/Float" -> Type.FLOAT_TYPE;
      case "java/lang/Double" -> Type.DOUBLE_TYPE;
      default -> null;
    };
  }
}
