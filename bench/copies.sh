# Sourced by the benchmarks: copies DIR N writes N copies of the example report into DIR/copy-NN,
# their titles made distinct with "(copy NN)", so that no two outputs are the same.
copies() {
  local dir=$1 n=$2 i copy
  mkdir -p "$dir"
  for i in $(seq -w 1 "$n"); do
    copy="$dir/copy-$i"
    mkdir -p "$copy"
    cp -r reports/2026-04-us-iran-pakistan/figures "$copy/"
    sed "s/^title: \"\(.*\)\"$/title: \"\1 (copy $i)\"/" reports/2026-04-us-iran-pakistan/article.md > "$copy/article.md"
  done
}
