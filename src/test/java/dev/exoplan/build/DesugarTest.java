package dev.exoplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The build's lambda desugaring (src/build/Desugar.java, issue 21) on the classes the tests run and
 * the jar ships: no lambda is left to LambdaMetafactory.metafactory, and every class it made loads,
 * passes the JVM's verifier, and is a member of its owner's nest (else calling a private
 * {@code lambda$} method would fail the first time that lambda runs, which no test may reach).
 */
class DesugarTest {
  private static final Path CLASSES = Path.of("target/classes");

  record Scan(Map<String, String> hosts, Map<String, Set<String>> members, List<String> linked,
      List<String> made, List<String> streamCalls) {}

  /** Stream operations whose JDK implementations link lambdas (the build sends them to Streams). */
  static final Set<String> JDK_LINKING = Set.of("java/util/stream/Stream.findFirst",
      "java/util/stream/Stream.toList", "java/util/stream/Stream.sorted",
      "java/util/stream/Stream.anyMatch", "java/util/stream/Stream.allMatch",
      "java/util/stream/Stream.noneMatch", "java/util/stream/Collectors.joining",
      "java/util/stream/IntStream.sum", "java/util/stream/IntStream.max",
      "java/util/stream/IntStream.toArray");

  static Scan scan() throws IOException {
    Map<String, String> hosts = new HashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    List<String> linked = new ArrayList<>();
    List<String> made = new ArrayList<>();
    List<String> streamCalls = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(CLASSES)) {
      files = s.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path f : files) {
      ClassReader r = new ClassReader(Files.readAllBytes(f));
      String name = r.getClassName();
      if (name.contains("$$Fn$")) {
        made.add(name);
      }
      r.accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public void visitNestHost(String host) {
          hosts.put(name, host);
        }

        @Override
        public void visitNestMember(String member) {
          members.computeIfAbsent(name, k -> new HashSet<>()).add(member);
        }

        @Override
        public MethodVisitor visitMethod(int a, String m, String d, String s, String[] e) {
          return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitMethodInsn(int op, String on, String called, String desc,
                boolean itf) {
              if (JDK_LINKING.contains(on + "." + called)
                  && !name.equals("dev/exoplan/jdk/Streams")) {
                streamCalls.add(name + "." + m + " calls " + on + "." + called);
              }
            }

            @Override
            public void visitInvokeDynamicInsn(String n, String desc, Handle bsm, Object... args) {
              if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                  && bsm.getName().equals("metafactory")) {
                linked.add(name + "." + m);
              }
            }
          };
        }
      }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }
    return new Scan(hosts, members, linked, made, streamCalls);
  }

  @Test
  void noLambdaIsLeftToTheMetafactory() throws IOException {
    Scan s = scan();
    assertThat(s.linked()).isEmpty();
    assertThat(s.streamCalls()).isEmpty();
    assertThat(s.made()).hasSizeGreaterThan(500); // the desugaring ran: 613 when written
  }

  @Test
  void everyClassMadeIsInItsOwnersNest() throws IOException {
    Scan s = scan();
    for (String c : s.made()) {
      String owner = c.substring(0, c.indexOf("$$Fn$"));
      String host = s.hosts().getOrDefault(owner, owner);
      assertThat(s.hosts().get(c)).as(c).isEqualTo(host);
      assertThat(s.members().getOrDefault(host, Set.of())).as(c).contains(c);
    }
  }

  /** Initialising each class verifies its bytecode, whether or not a test runs its lambda. */
  @Test
  void everyClassMadeLoadsAndVerifies() throws Exception {
    ClassLoader loader = getClass().getClassLoader();
    for (String c : scan().made()) {
      Class<?> k = Class.forName(c.replace('/', '.'), true, loader);
      assertThat(k.getInterfaces()).as(c).hasSize(1);
      assertThat(k.getNestHost().getName()).as(c).isEqualTo(
          Class.forName(c.substring(0, c.indexOf("$$Fn$")).replace('/', '.'), false, loader)
              .getNestHost().getName());
    }
  }
}
