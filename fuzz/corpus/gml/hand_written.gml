# hand-written: comments, reals, nested lists, character references, repeated keys
Creator "seed"
graph [
  directed 1
  comment "top"
  node [ id 0 label "nanjing" name "&#21335;&#20140;" type "city" latitude 32.06 longitude 118.79 ]
  node [ id 1 label "huaian" name "&#x6DEE;&#x5B89; &amp; co" score -1.5e-3 tags [ tag "a" tag "b" ] ]
  node [ id 2 ]
  edge [ source 0 target 1 id "e1" kind "branch" weight 2 year 2020 ]
  edge [ source 1 target 2 weight +0.5 graphics [ width 1 ] ]
  edge [ source 2 target 2 directed 0 sources "[{&quot;document&quot;: &quot;d&quot;, &quot;quote&quot;: &quot;q&quot;}]" ]
]
